-- Courses everyone must complete are chased for those who have not (R-118).
ALTER TABLE training_courses ADD COLUMN required_for_all BOOLEAN NOT NULL DEFAULT FALSE;
