package vn.khaosat.collection.offline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the offline-first kiosk (/kiosk/&lt;token&gt;, and /kiosk/ once installed) and online form
 * (/khao-sat/&lt;commune&gt;): one page, its scripts, its service worker (one per scope, so each
 * keeps only its own pages), the kiosk's web app manifest and icons, and its texts. Every answer is
 * revalidated ({@code no-cache}): the service worker, not the HTTP cache, decides what works offline,
 * and a new version reaches the tablet at its next start with a network.
 */
@Controller
class OfflinePages {

    private static final String ROOT = "offline/";
    private static final Map<String, MediaType> FILES = Map.of(
            "app.js", MediaType.valueOf("text/javascript;charset=UTF-8"),
            "queue.js", MediaType.valueOf("text/javascript;charset=UTF-8"),
            "kiosk.css", MediaType.valueOf("text/css;charset=UTF-8"),
            "icon.svg", MediaType.valueOf("image/svg+xml"),
            "icon-192.png", MediaType.IMAGE_PNG,
            "icon-512.png", MediaType.IMAGE_PNG);
    /** The bundle keys the page shows, by prefix. */
    private static final String[] TEXT_PREFIXES = {"kiosk.", "collection.error.", "collection.queue.", "common.yes",
        "common.no", "app.title", "language."};

    @GetMapping({"/kiosk", "/kiosk/", "/kiosk/{token}", "/khao-sat/{communeCode}"})
    ResponseEntity<Resource> page() {
        return file("index.html", MediaType.valueOf("text/html;charset=UTF-8"));
    }

    @GetMapping({"/kiosk/sw.js", "/khao-sat/sw.js"})
    ResponseEntity<Resource> serviceWorker() {
        return file("sw.js", MediaType.valueOf("text/javascript;charset=UTF-8"));
    }

    @GetMapping("/kiosk/manifest.webmanifest")
    ResponseEntity<Resource> manifest() {
        return file("manifest.webmanifest", MediaType.valueOf("application/manifest+json"));
    }

    @GetMapping("/kiosk-app/{name}")
    ResponseEntity<Resource> asset(@PathVariable String name) {
        MediaType type = FILES.get(name);
        return type == null ? ResponseEntity.notFound().build() : file(name, type);
    }

    /** The texts in Vietnamese and English, from the same bundles as every screen. */
    @GetMapping("/kiosk-app/texts.json")
    ResponseEntity<Map<String, Map<String, String>>> texts() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : new String[] {"vi", "en"}) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.forLanguageTag(language));
            Map<String, String> selected = new TreeMap<>();
            for (String key : bundle.keySet()) {
                for (String prefix : TEXT_PREFIXES) {
                    if (key.startsWith(prefix)) {
                        selected.put(key, bundle.getString(key));
                    }
                }
            }
            texts.put(language, selected);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(texts);
    }

    private static ResponseEntity<Resource> file(String name, MediaType type) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(type)
                .body(new ClassPathResource(ROOT + name));
    }
}
