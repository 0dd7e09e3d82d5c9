package vn.khaosat.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDocumentFileRepository extends JpaRepository<PlanDocumentFile, Long> {
}
