-- Issue 17.5: a contact card holds several telephone numbers. Its "phone" field was one text and is
-- now a list of texts: {"phone":"+220 440 1020"} becomes {"phone":["+220 440 1020"]}. A number never
-- holds a double quote (FieldKind.PHONE's shape), so the value ends at the next one. Written with
-- POSITION and SUBSTRING only, which H2 and PostgreSQL read alike; readers also take a single text
-- as a list of one (TypeFields.texts), so a row this misses still reads.
update revision
   set fields =
         substring(fields from 1 for position('"phone":"' in fields) + 7)
         || '["'
         || substring(
              substring(fields from position('"phone":"' in fields) + 9)
              from 1
              for position('"' in substring(fields from position('"phone":"' in fields) + 9)) - 1)
         || '"]'
         || substring(
              substring(fields from position('"phone":"' in fields) + 9)
              from position('"' in substring(fields from position('"phone":"' in fields) + 9)) + 1)
 where fields like '%"phone":"%';
