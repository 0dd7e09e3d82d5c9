package vn.khaosat.collection;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByClientId(String clientId);

    boolean existsByCampaignIdAndReceiptCode(long campaignId, String receiptCode);
}
