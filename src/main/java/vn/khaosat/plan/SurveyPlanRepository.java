package vn.khaosat.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyPlanRepository extends JpaRepository<SurveyPlan, Long> {

    List<SurveyPlan> findByCommuneCodeInOrderByYearDescCommuneCodeAsc(List<String> communeCodes);

    Optional<SurveyPlan> findByCommuneCodeAndYear(String communeCode, int year);
}
