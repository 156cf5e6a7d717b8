-- Issue 11: the submitter's consent to publish the study's report in the public register once the study is part of a
-- published annual advice. Off unless the submitter ticks it, at submission or later on the study page; withdrawing it
-- takes the report out of the register at once (the register reads this column on every request).
alter table study add column public_report boolean default false not null;
