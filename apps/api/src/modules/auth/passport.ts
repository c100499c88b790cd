import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Db } from '../../lib/db.js';
import type { SessionUser } from '../../lib/route.js';
import { verifyCredentials } from './auth.service.js';
import type { LoginThrottle } from './login-throttle.js';

/** Local strategy (argon2id). The session holds only the user id and the tenant id. */
export function configurePassport(db: Db, throttle: LoginThrottle) {
  const passport = new Passport();
  passport.use(
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true },
      (req, email, password, done) => {
        verifyCredentials(db, throttle, {
          tenant: String((req.body as { tenant: string }).tenant),
          email,
          password,
          ip: req.ip ?? '',
          requestId: String(req.id),
        }).then(
          (user) => done(null, user),
          (err: unknown) => done(err),
        );
      },
    ),
  );
  passport.serializeUser((user, done) => done(null, user));
  // No database read here: each route loads the principal inside its tenant transaction.
  passport.deserializeUser((obj: SessionUser, done) => done(null, obj));
  return passport;
}
