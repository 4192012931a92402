//! Closed forms of the BG/NBD and Gamma-Gamma models (filled in by the closed-form work).
