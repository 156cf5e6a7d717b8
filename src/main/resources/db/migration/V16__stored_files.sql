-- Issue 14: files in the database when methodetoets.files.store=database (the postgres profile), so that several
-- nodes share one database and nothing else. A file is a header row and its bytes in chunks of at most 1 MiB, each
-- chunk written and read on its own (a 50 MB report never whole in memory). Unused by the embedded default, whose
-- files stay under the data directory. Portable between H2 and PostgreSQL (bytea is binary varying in H2).
create table stored_file (
    area      varchar(40)  not null,
    file_key  varchar(300) not null,
    bytes     bigint       not null,
    chunks    integer      not null,
    sha256    varchar(64)  not null,
    stored_at timestamp with time zone not null,
    primary key (area, file_key)
);

create table stored_file_chunk (
    area     varchar(40)  not null,
    file_key varchar(300) not null,
    seq      integer      not null,
    data     bytea        not null,
    primary key (area, file_key, seq),
    foreign key (area, file_key) references stored_file (area, file_key)
);
