package vn.khaosat.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByPlanId(long planId);

    Optional<Campaign> findByCommuneCodeAndYearAndStatus(String communeCode, int year, CampaignStatus status);

    Optional<Campaign> findFirstByCommuneCodeAndYearAndStatusOrderByIdDesc(String communeCode, int year,
            CampaignStatus status);
}
