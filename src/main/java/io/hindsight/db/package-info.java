/**
 * The metadata database, embedded SQLite or shared PostgreSQL: connections, transactions and schema
 * migrations.
 */
package io.hindsight.db;
