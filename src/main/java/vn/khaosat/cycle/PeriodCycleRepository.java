package vn.khaosat.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodCycleRepository extends JpaRepository<PeriodCycle, Long> {

    List<PeriodCycle> findByCommuneCodeOrderByPublicationDateDesc(String communeCode);
}
