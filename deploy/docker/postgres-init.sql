-- One database per service (docs/ARCHITECTURE.md, "Data ownership"). Each service's Flyway migrations create its tables.
-- Runs once, when the postgres container starts on an empty data volume.
CREATE DATABASE onboarding;
CREATE DATABASE inventory;
CREATE DATABASE booking;
CREATE DATABASE trip;
