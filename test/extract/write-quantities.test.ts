import { test } from "node:test";
import assert from "node:assert/strict";
import { digitsForNumberWords, writeQuantities } from "../../src/extract/write-quantities.ts";

test("spoken numbers become digits, with scales, compounds and halves", () => {
  assert.equal(digitsForNumberWords("delayed by two weeks"), "delayed by 2 weeks");
  assert.equal(digitsForNumberWords("a team of twenty five engineers"), "a team of 25 engineers");
  assert.equal(digitsForNumberWords("two and a half racks"), "2.5 racks");
  assert.equal(digitsForNumberWords("a hundred and twenty nodes"), "120 nodes");
  assert.equal(digitsForNumberWords("one thousand six hundred users"), "1600 users");
  assert.equal(digitsForNumberWords("an 80 million dollar deal"), "an 80M dollar deal");
  assert.equal(digitsForNumberWords("a hundred billion dollars"), "100B dollars");
});

test("'one' stays a word unless it counts something", () => {
  assert.equal(digitsForNumberWords("one of the clusters is the one that failed"), "one of the clusters is the one that failed");
  assert.equal(digitsForNumberWords("in one week"), "in 1 week");
});

test("storage units become symbols and spoken approximations a tilde", () => {
  assert.equal(writeQuantities("about one terabyte per second"), "~1 TB/s");
  assert.equal(writeQuantities("three petabytes and twelve gigabytes"), "3 PB and 12 GB");
  assert.equal(writeQuantities("forty gigabits per second"), "40 Gbps");
  assert.equal(writeQuantities("roughly ninety percent"), "~90%");
  assert.equal(writeQuantities("the terabyte question"), "the terabyte question");
});

test("spoken ranges become dash ranges; lists of numbers and dates stay as they are", () => {
  assert.equal(writeQuantities("somewhere between 10 and 200 tenants per pod"), "10–200 tenants per pod");
  assert.equal(writeQuantities("a team of 40, 45 engineers"), "a team of 40–45 engineers");
  assert.equal(writeQuantities("aiming for a 96, 97% pass rate"), "aiming for a 96–97% pass rate");
  assert.equal(writeQuantities("four or five racks"), "4–5 racks");
  assert.equal(writeQuantities("sizes of 4, 8, 16 nodes"), "sizes of 4, 8, 16 nodes");
  assert.equal(writeQuantities("on March 5, 2024 we shipped"), "on March 5, 2024 we shipped");
  assert.equal(writeQuantities("between 50 and 20 users"), "between 50 and 20 users");
});
