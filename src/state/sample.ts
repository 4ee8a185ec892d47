/** The secret the sample token is signed with (HS256), so a first visit can try verification at once. */
export const SAMPLE_SECRET = 'jwt-debugger-sample-secret-0123456789';

/** The token shown on a first visit, so the page is never empty. */
export const SAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSBMb3ZlbGFjZSIsImFkbWluIjp0cnVlLCJpYXQiOjE3NjM4NTYwMDB9.89owWht-KlpTcO8kDyDVKQezMqBzgJ2xGfHMy-5GLl8';
