package vn.khaosat.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByCommuneCodeAndYearBetweenAndStatusIn(String communeCode, int fromYear, int toYear,
            Collection<CampaignStatus> statuses);

    Optional<Campaign> findByPlanId(long planId);

    List<Campaign> findByCommuneCodeInAndYear(Collection<String> communeCodes, int year);

    Optional<Campaign> findByCommuneCodeAndYearAndStatus(String communeCode, int year, CampaignStatus status);

    Optional<Campaign> findFirstByCommuneCodeAndYearAndStatusOrderByIdDesc(String communeCode, int year,
            CampaignStatus status);
}
