package vn.khaosat.plan;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

    List<SurveyTemplate> findAllByOrderByCodeAscRevisionAsc();

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<SurveyTemplate> findLockedById(Long id);

    List<SurveyTemplate> findByCodeAndStatus(String code, TemplateStatus status);

    @Query("select coalesce(max(t.revision), 0) from SurveyTemplate t where t.code = ?1")
    int maxRevision(String code);
}
