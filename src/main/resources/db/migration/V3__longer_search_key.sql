-- A name in lower case can be longer than the name itself ("İ" becomes two characters).
ALTER TABLE assessment ALTER COLUMN client_name_key SET DATA TYPE VARCHAR(300);
