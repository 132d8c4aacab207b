/** Users, pairs, sign-in and the pair agreement; depends on nothing but the database. */
package io.hindsight.pair;
