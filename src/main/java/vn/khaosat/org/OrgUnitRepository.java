package vn.khaosat.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findAllByOrderByCodeAsc();

    List<OrgUnit> findByParentCodeOrderByCodeAsc(String parentCode);

    @org.springframework.data.jpa.repository.Query("SELECT u.code, u.name FROM OrgUnit u WHERE u.code IN :codes")
    List<Object[]> namesByCode(java.util.Collection<String> codes);
}
