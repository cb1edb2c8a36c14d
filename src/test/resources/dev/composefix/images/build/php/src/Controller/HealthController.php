<?php

namespace App\Controller;

use Symfony\Component\Routing\Annotation\Route;

/**
 * @Route("/_health")
 */
class HealthController
{
    #[Route('/readyz', methods: ['GET'])]
    public function ready() {}
}
