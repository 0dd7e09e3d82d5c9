package vn.khaosat.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodReportRepository extends JpaRepository<PeriodReport, Long> {

    Optional<PeriodReport> findByCampaignIdAndPeriodCode(long campaignId, String periodCode);

    List<PeriodReport> findByParentCodeAndYear(String parentCode, int year);

    List<PeriodReport> findByCampaignId(long campaignId);
}
