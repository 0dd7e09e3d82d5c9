package vn.khaosat.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceFieldRepository extends JpaRepository<ServiceField, Long> {

    List<ServiceField> findByActiveTrueOrderByPositionAsc();
}
