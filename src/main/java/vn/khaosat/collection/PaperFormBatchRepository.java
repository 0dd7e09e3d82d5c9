package vn.khaosat.collection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaperFormBatchRepository extends JpaRepository<PaperFormBatch, Long> {

    List<PaperFormBatch> findByCampaignId(long campaignId);

    @Query("select coalesce(max(b.firstNumber + b.formCount), 1) from PaperFormBatch b where b.campaignId = ?1")
    int nextNumber(long campaignId);
}
