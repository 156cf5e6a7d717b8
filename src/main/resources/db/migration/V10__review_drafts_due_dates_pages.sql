-- Review: due dates per assignment (workload view), supporting page numbers per score, saved drafts.
alter table review_assignment add column due_at timestamp with time zone;
alter table independent_score add column pages varchar(200);

create table score_draft (
    study_id    varchar(36) not null,
    reviewer_id varchar(100) not null,
    content     text not null,
    saved_at    timestamp with time zone not null,
    primary key (study_id, reviewer_id)
);
