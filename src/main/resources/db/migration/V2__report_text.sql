-- The text of each report version, extracted at upload (bounded: the first pages, at most 200,000 characters),
-- for the secretariat's free-text search. Kept apart from report_version so listing versions stays light.
create table report_text (
    study_id    varchar(36) not null,
    version     integer not null,
    content     text not null,
    primary key (study_id, version),
    foreign key (study_id, version) references report_version (study_id, version)
);
