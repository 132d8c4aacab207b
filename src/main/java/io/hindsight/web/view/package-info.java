/**
 * What the page templates (src/main/jte) see: one record per page, made by its route, holding text
 * that is ready to show. Templates escape it by context; no HTML is built in Java.
 */
package io.hindsight.web.view;
