package vn.khaosat.collection;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.EmbeddedMariaDb;

/**
 * The demo's kiosk of Xã Tây Xuân at a known address, /kiosk/demo-kiosk-tx, so the README can link
 * to it (a kiosk registered on its screen gets a random token). Embedded demo database only.
 */
@Component
@ConditionalOnProperty(name = {EmbeddedMariaDb.ACTIVE_PROPERTY, "app.demo-data.enabled"}, havingValue = "true")
public class DemoKiosk {

    public static final String TOKEN = "demo-kiosk-tx";

    private final KioskRepository kiosks;
    private final KioskService kioskService;
    private final Clock clock;

    DemoKiosk(KioskRepository kiosks, KioskService kioskService, Clock clock) {
        this.kiosks = kiosks;
        this.kioskService = kioskService;
        this.clock = clock;
    }

    public boolean registered() {
        return kiosks.findByTokenHash(KioskService.hash(TOKEN)).isPresent();
    }

    /** Registers it (once), as canbo.tx would on the kiosks screen; returns what the kiosk sends. */
    @Transactional
    public KioskService.KioskIdentity register() {
        if (!registered()) {
            kiosks.save(new Kiosk("TX", "Kiosk trình diễn (demo)", KioskService.hash(TOKEN), "canbo.tx",
                    Instant.now(clock)));
        }
        return kioskService.authenticate(TOKEN).orElseThrow();
    }
}
