package vn.khaosat.base;

/** What screens show of the logged-in user; the org feature's principal implements it. */
public interface AppPrincipal {

    String displayName();

    String unitName();
}
