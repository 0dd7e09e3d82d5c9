package vn.khaosat.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodCycleRepository extends JpaRepository<PeriodCycle, Long> {

    Optional<PeriodCycle> findFirstByCommuneCodeOrderByPublicationDateDesc(String communeCode);

    List<PeriodCycle> findByCampaignId(long campaignId);

    boolean existsByCampaignIdAndPublicationDate(long campaignId, java.time.LocalDate publicationDate);
}
