package vn.khaosat.collection;

/** Cá nhân / tổ chức. */
public enum RespondentType {
    CA_NHAN,
    TO_CHUC
}
