// Not compiled: input for tests/scripts/check_sql.py, which must reject every call below.
void pasted(sqlite::Connection& db, const std::string& name, int id)
{
    sqlite::Statement by_name(db, "SELECT id FROM sessions WHERE routine_id = '" + name + "'");
    db.exec("DELETE FROM sessions WHERE id = " + std::to_string(id));
    sqlite::query_int(db, std::string("SELECT count(*) FROM ") + name);
}
