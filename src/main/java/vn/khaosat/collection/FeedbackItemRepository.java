package vn.khaosat.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {

    Optional<FeedbackItem> findByTrackingCode(String trackingCode);

    List<FeedbackItem> findByCommuneCodeOrderByReceivedOnDescIdDesc(String communeCode);
}
