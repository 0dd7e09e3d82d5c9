package vn.khaosat.base;

/** Variables every process instance of the application carries. */
public final class ProcessVariables {

    /** Code of the commune the instance works for; the inbox shows the commune's name. */
    public static final ProcessVariable<String> COMMUNE_CODE = ProcessVariable.text("communeCode");

    private ProcessVariables() {
    }
}
