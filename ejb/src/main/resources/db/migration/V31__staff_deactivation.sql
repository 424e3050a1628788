-- People (issue 10): a staff member a coordinator deactivated (their Keycloak account disabled, or, for someone who
-- also belongs to another hospital, their membership of this hospital's organization ended). Empty: active.
ALTER TABLE staff_member ADD COLUMN deactivated_at TIMESTAMP;
