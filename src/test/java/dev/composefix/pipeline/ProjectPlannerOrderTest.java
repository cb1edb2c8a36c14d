package dev.composefix.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ProjectPlannerOrderTest {

  @Test
  void ordersIndexesByKeyKeepingEqualKeysInIndexOrder() {
    int[] keys = {3, Integer.MAX_VALUE, 0, 3, Integer.MAX_VALUE, 1, 0};
    assertArrayEquals(new int[] {2, 6, 5, 0, 3, 1, 4}, ProjectPlanner.orderByKey(keys));
  }

  @Test
  void ordersNothingAndOne() {
    assertArrayEquals(new int[] {}, ProjectPlanner.orderByKey(new int[] {}));
    assertArrayEquals(new int[] {0}, ProjectPlanner.orderByKey(new int[] {7}));
  }
}
