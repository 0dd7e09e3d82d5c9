package vn.khaosat.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KioskRepository extends JpaRepository<Kiosk, Long> {

    Optional<Kiosk> findByTokenHash(String tokenHash);

    List<Kiosk> findByCommuneCodeInOrderByCommuneCodeAscIdAsc(List<String> communeCodes);
}
