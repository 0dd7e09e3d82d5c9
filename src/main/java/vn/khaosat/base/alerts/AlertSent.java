package vn.khaosat.base.alerts;

import java.util.List;

/** An alert was stored for a candidate group: other channels (mail) may pass it on. */
public record AlertSent(long alertId, String candidateGroup, String messageKey, String route, List<String> args) {
}
