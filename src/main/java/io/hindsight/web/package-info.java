/** The Javalin web app: routes, the sign-in and CSRF gate, error mapping, pages and assets. */
package io.hindsight.web;
