-- Issue 10: sign-in failures and temporary locks, kept in the database so that every node of one database sees
-- the same count and the same lock. One row per account name as typed (lower-cased), also for names that are no
-- account, so that those behave the same. A row is forgotten once its failures are old and no lock is running.
create table login_lock (
    account         varchar(255) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
create index login_lock_last_failure on login_lock (last_failure_at);
