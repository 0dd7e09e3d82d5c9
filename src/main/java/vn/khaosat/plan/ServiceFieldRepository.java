package vn.khaosat.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceFieldRepository extends JpaRepository<ServiceField, Long> {

    List<ServiceField> findByActiveTrueOrderByPositionAsc();

    List<ServiceField> findAllByOrderByPositionAsc();

    Optional<ServiceField> findByCode(String code);
}
