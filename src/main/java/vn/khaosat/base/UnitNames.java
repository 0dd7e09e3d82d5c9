package vn.khaosat.base;

/** Names of org units by code, for screens of features that only carry a unit's code. */
public interface UnitNames {

    /** The unit's name, or the code itself when no such unit exists. */
    String nameOf(String unitCode);

    /** The codes of the active communes directly under the unit; empty for an unknown unit or a commune. */
    java.util.List<String> communeCodesUnder(String unitCode);
}
