package vn.khaosat.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierCountRepository extends JpaRepository<DossierCount, Long> {

    List<DossierCount> findByCommuneCodeAndYear(String communeCode, int year);

    Optional<DossierCount> findByCommuneCodeAndFieldIdAndYearAndMonth(String communeCode, long fieldId, int year,
            int month);
}
