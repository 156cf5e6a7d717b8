-- Objections (bezwaar, issue 12): the submitting organisation contests a study's verdict; the process
-- objection-review judges it. The assessment row is never overwritten: an upheld objection carries the amended
-- verdict and exemplary flag, and the study shows both. Portable between H2 and PostgreSQL.
create table objection (
    id                  varchar(36) primary key,
    study_id            varchar(36) not null references study (id),
    status              varchar(20) not null,
    grounds             text not null,
    attachment_key      varchar(300),
    attachment_sha256   varchar(64),
    attachment_bytes    bigint,
    attachment_pages    integer,
    filed_by            varchar(100) not null,
    filed_at            timestamp with time zone not null,
    -- the verdict and flag the objection contests (the effective ones when it was filed)
    original_verdict    integer not null,
    original_exemplary  boolean not null,
    -- the secretariat's remarks on admissibility (to the submitter when inadmissible)
    remarks             varchar(4000),
    verdict             integer,
    exemplary           boolean,
    motivation          text,
    decided_by          varchar(100),
    decided_at          timestamp with time zone
);
create index ix_objection_study on objection (study_id);

-- the one re-review of an objection is an assignment of its own: kept with its scores, but never one of the round's
-- independent ratings (consolidation, agreement statistics, calibration and the export leave it out)
alter table review_assignment add column objection_id varchar(36);

-- what the decision tables compute from the re-review's scores, stored once when they are in (evaluating the
-- decisions writes their history, so the chair's task only reads this)
create table objection_proposal (
    objection_id        varchar(36) primary key references objection (id),
    computed_verdict    integer,
    computed_exemplary  boolean not null,
    computed_at         timestamp with time zone not null
);

-- when the chair approved the round: from then on no objection can be filed for its year
alter table advice_round add column approved_at timestamp with time zone;
