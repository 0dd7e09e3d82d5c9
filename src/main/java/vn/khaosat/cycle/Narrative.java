package vn.khaosat.cycle;

/** The review's text, as source 000 writes it: ưu điểm; khó khăn, tồn tại, hạn chế; nhiệm vụ thời gian tới. */
public record Narrative(String strengths, String difficulties, String nextTasks) {
}
