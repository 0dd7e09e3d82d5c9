package vn.khaosat.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class InitialAdminTest {

    final OrgUnitRepository units = mock(OrgUnitRepository.class);
    final AppUserRepository users = mock(AppUserRepository.class);
    final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void an_empty_database_gets_its_first_administrator_from_the_configured_password() {
        when(users.count()).thenReturn(0L);
        when(units.findByCode("BDI")).thenReturn(Optional.empty());
        when(units.save(any())).thenAnswer(call -> call.getArgument(0));

        new InitialAdmin(units, users, encoder, "Quantri", "mat-khau-that-dai", "BDI", "Tỉnh Bình Định").run(null);

        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        AppUser admin = saved.getValue();
        assertThat(admin.getUsername()).isEqualTo("quantri");
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getUnit().getCode()).isEqualTo("BDI");
        assertThat(admin.getUnit().getType()).isEqualTo(UnitType.TINH);
        assertThat(encoder.matches("mat-khau-that-dai", admin.getPasswordHash())).isTrue();
    }

    @Test
    void nothing_is_created_without_a_long_enough_password_or_when_users_exist() {
        when(users.count()).thenReturn(0L);
        new InitialAdmin(units, users, encoder, "admin", "ngan", "TINH", "Tỉnh").run(null);
        verify(users, never()).save(any());

        when(users.count()).thenReturn(3L);
        new InitialAdmin(units, users, encoder, "admin", "mat-khau-that-dai", "TINH", "Tỉnh").run(null);
        verify(users, never()).save(any());
        verify(units, never()).save(any());
    }
}
