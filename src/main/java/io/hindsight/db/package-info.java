/** The SQLite database: connections, transactions and schema migrations. */
package io.hindsight.db;
