package vn.khaosat.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodCycleRepository extends JpaRepository<PeriodCycle, Long> {

    List<PeriodCycle> findByCommuneCodeOrderByPublicationDateDesc(String communeCode);

    List<PeriodCycle> findByCampaignId(long campaignId);

    boolean existsByCampaignIdAndPublicationDate(long campaignId, java.time.LocalDate publicationDate);
}
