<?php
require __DIR__ . '/../src/routes.php';
