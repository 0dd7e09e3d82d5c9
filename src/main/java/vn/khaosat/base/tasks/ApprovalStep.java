package vn.khaosat.base.tasks;

import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariable;

/**
 * A step where an approver accepts a record or sends it back with a comment: a plan to its drafter,
 * a publication to its reviewer, an answer to its handler, a report to its commune. The comment a
 * return requires is the same rule at each of them.
 *
 * @param task the user task's id in the process
 * @param approved the variable the process's gateway reads
 * @param commentMissingKey the message shown when the comment is empty: it names what is sent back
 */
public record ApprovalStep(String task, ProcessVariable<Boolean> approved, String commentMissingKey) {

    /** The longest return comment, in characters (the screens' text areas stop there too). */
    public static final int MAX_COMMENT = 5_000;

    /** The comment of a return, stripped; refused when it is empty or too long. */
    public String requireComment(String comment) {
        return InvalidInputException.requireText(comment, "comment", commentMissingKey, MAX_COMMENT);
    }
}
