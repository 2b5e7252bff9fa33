-- Schema version 11: what the issuing authority states on the form that
-- changes which rules apply (domain requestOptions(): "provisional-measure",
-- Directive 2014/41/EU Art. 32; "without-prior-validation", Regulation (EU)
-- 2023/1543 Art. 4(5)), as a JSON list like the other list columns. The
-- deadlines of every request are recomputed at the next unlock, since the
-- catalogue changes with this version.
ALTER TABLE requests ADD COLUMN options TEXT NOT NULL DEFAULT '[]';
