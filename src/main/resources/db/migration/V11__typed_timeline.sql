-- A study's timeline as typed entries: what happened (kind), who did it (actor, null for the system), what the user
-- typed (remarks), and the bundle key and arguments (a JSON array of strings) of the text shown for it. The old free
-- notes are read once, here: a known fixed text becomes its kind and key (with its arguments), anything else is kept
-- as remarks, so every entry reads as before. Portable between H2 and PostgreSQL.
alter table study_event add column kind varchar(40);
alter table study_event add column actor varchar(100);
alter table study_event add column remarks varchar(4000);
alter table study_event add column message_key varchar(100);
alter table study_event add column message_args varchar(1000);

update study_event set remarks = note;

update study_event set kind = 'REVIEWERS_ASSIGNED', message_key = 'timeline.reviewersAssigned', remarks = null
    where status = 'IN_REVIEW' and note = 'Beoordelaars toegewezen';
update study_event set kind = 'ACCEPTED', message_key = 'timeline.accepted', remarks = null
    where status = 'IN_REVIEW' and note = 'Geaccepteerd bij de intake';
update study_event set kind = 'REPORT_VERSION_ADDED', message_key = 'timeline.reportVersionAdded', remarks = null,
        message_args = '["' || substr(note, 39, length(note) - 39) || '"]'
    where status = 'AWAITING_COMPLETION' and note like 'Nieuwe versie van het rapport (versie %)';
update study_event set kind = 'COMPLETED', message_key = 'timeline.completed', remarks = null
    where status = 'AWAITING_COMPLETION' and note = 'Aangevuld';
update study_event set kind = 'COMPLETED', message_key = 'timeline.completed', remarks = substr(note, 12)
    where status = 'AWAITING_COMPLETION' and kind is null and note like 'Aangevuld: %';
update study_event set kind = 'COMPLETION_REQUESTED', message_key = 'timeline.completionRequested',
        remarks = substr(note, 1, length(note) - 23), message_args = '["' || substr(note, length(note) - 10, 10) || '"]'
    where status = 'AWAITING_COMPLETION' and kind is null and note like '% (uiterlijk ____-__-__)';
update study_event set kind = 'WITHDRAWN_BY_SUBMITTER', message_key = 'timeline.withdrawnBySubmitter', remarks = null
    where status = 'WITHDRAWN' and note = 'Ingetrokken door de indiener';
update study_event set kind = 'WITHDRAWN_BY_SECRETARIAT', message_key = 'timeline.withdrawnBySecretariat', remarks = null
    where status = 'WITHDRAWN' and note = 'Ingetrokken door het secretariaat';
update study_event set kind = 'WITHDRAWN_AFTER_DEADLINE', message_key = 'timeline.withdrawnAfterDeadline', remarks = null
    where status = 'WITHDRAWN' and note = 'Ingetrokken: de termijn voor aanvullen is verstreken';
update study_event set kind = 'CONSENSUS_NEEDED', message_key = 'timeline.consensusNeeded', remarks = null
    where status = 'IN_CONSENSUS' and note = 'Consensusoverleg nodig';
update study_event set kind = 'CONSENSUS_REACHED', message_key = 'timeline.consensusReached', remarks = null
    where status = 'AWAITING_VERDICT' and note = 'Consensus bereikt';
update study_event set kind = 'ASSESSED', message_key = 'timeline.assessed', remarks = null
    where status = 'ASSESSED' and note = 'Eindoordeel vastgesteld';
update study_event set kind = 'PUBLISHED', message_key = 'timeline.published', remarks = null,
        message_args = '["' || substr(note, 29) || '"]'
    where status = 'PUBLISHED' and note like 'Opgenomen in het jaaradvies %';

-- the rest: the kind the status implies, the old note (if any) kept word for word as remarks
update study_event set kind = 'SUBMITTED' where kind is null and status = 'SUBMITTED';
update study_event set kind = 'INTAKE_OPENED' where kind is null and status = 'IN_INTAKE';
update study_event set kind = 'ACCEPTED' where kind is null and status = 'IN_REVIEW';
update study_event set kind = 'REJECTED' where kind is null and status = 'REJECTED';
update study_event set kind = 'COMPLETION_REQUESTED' where kind is null and status = 'AWAITING_COMPLETION';
update study_event set kind = 'WITHDRAWN_BY_SUBMITTER' where kind is null and status = 'WITHDRAWN';
update study_event set kind = 'CONSENSUS_NEEDED' where kind is null and status = 'IN_CONSENSUS';
update study_event set kind = 'AWAITING_VERDICT' where kind is null and status = 'AWAITING_VERDICT';
update study_event set kind = 'ASSESSED' where kind is null and status = 'ASSESSED';
update study_event set kind = 'PUBLISHED' where kind is null and status = 'PUBLISHED';

alter table study_event alter column kind set not null;
alter table study_event drop column note;

-- The verdict proposal (what the decision tables compute on the consolidated scores), stored once at
-- consolidation so that opening the verdict task only reads it.
alter table consolidation add column proposed_verdict integer;
alter table consolidation add column proposed_exemplary boolean;
alter table consolidation add column proposed_at timestamp with time zone;
