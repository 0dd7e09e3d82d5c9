package vn.khaosat.base;

/** Names of org units by code, for screens of features that only carry a unit's code. */
public interface UnitNames {

    /** The unit's name, or the code itself when no such unit exists. */
    String nameOf(String unitCode);

    /** The names of these units in one query, by code; a code of no unit maps to itself. */
    java.util.Map<String, String> namesOf(java.util.Collection<String> unitCodes);

    /** The codes of the active communes directly under the unit; empty for an unknown unit or a commune. */
    java.util.List<String> communeCodesUnder(String unitCode);
}
